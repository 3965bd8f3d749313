// An XLSX is a zip, and a zip can hold a bomb: kilobytes that inflate to gigabytes. exceljs
// (through JSZip) inflates every entry in full, so before it sees the file this reads the
// central directory and refuses when the declared sizes add up past the cap. Declared sizes can
// lie, so every entry is then inflated with zlib's `maxOutputLength` set to its declared size:
// an entry that would grow larger is cut off at that point and refused. Nothing is ever inflated
// beyond the cap.
import { inflateRawSync } from 'node:zlib';

export type ZipProblem = 'not_zip' | 'truncated' | 'too_large' | 'unsupported' | 'inconsistent';

export interface ZipLimits {
  maxUncompressedBytes: number;
  maxEntries: number;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

interface Entry {
  name: string;
  method: number;
  flags: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

function findEndOfCentralDirectory(buf: Buffer): number {
  // The record is 22 bytes plus a comment of at most 65,535.
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 22 - 0xffff); i--) {
    if (buf.readUInt32LE(i) === EOCD) return i;
  }
  return -1;
}

function readEntries(buf: Buffer, limits: ZipLimits): Entry[] | ZipProblem {
  if (buf.length < 22 || buf.readUInt32LE(0) !== LOCAL) return 'not_zip';
  const eocd = findEndOfCentralDirectory(buf);
  if (eocd < 0) return 'truncated';
  const count = buf.readUInt16LE(eocd + 10);
  const size = buf.readUInt32LE(eocd + 12);
  const offset = buf.readUInt32LE(eocd + 16);
  // ZIP64 markers: sizes that need 64 bits are far past any cap.
  if (count === 0xffff || size === 0xffffffff || offset === 0xffffffff) return 'too_large';
  if (count > limits.maxEntries) return 'unsupported';
  if (offset + size > eocd) return 'truncated';
  const entries: Entry[] = [];
  let at = offset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > eocd || buf.readUInt32LE(at) !== CENTRAL) return 'truncated';
    const nameLength = buf.readUInt16LE(at + 28);
    entries.push({
      flags: buf.readUInt16LE(at + 8),
      method: buf.readUInt16LE(at + 10),
      compressedSize: buf.readUInt32LE(at + 20),
      size: buf.readUInt32LE(at + 24),
      localOffset: buf.readUInt32LE(at + 42),
      name: buf.toString('utf8', at + 46, at + 46 + nameLength),
    });
    at += 46 + nameLength + buf.readUInt16LE(at + 30) + buf.readUInt16LE(at + 32);
  }
  return entries;
}

function inflatesAsDeclared(buf: Buffer, entry: Entry): ZipProblem | null {
  const at = entry.localOffset;
  if (at + 30 > buf.length || buf.readUInt32LE(at) !== LOCAL) return 'truncated';
  const start = at + 30 + buf.readUInt16LE(at + 26) + buf.readUInt16LE(at + 28);
  if (start + entry.compressedSize > buf.length) return 'truncated';
  const data = buf.subarray(start, start + entry.compressedSize);
  if (entry.method === 0) return entry.compressedSize === entry.size ? null : 'inconsistent';
  try {
    // One byte of headroom tells "exactly as declared" from "more than declared".
    const out = inflateRawSync(data, { maxOutputLength: entry.size + 1 });
    return out.length === entry.size ? null : 'inconsistent';
  } catch (err) {
    return err instanceof RangeError || (err as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE'
      ? 'inconsistent'
      : 'truncated';
  }
}

/** Null when the zip may be handed to a parser; otherwise why not. */
export function checkZip(buf: Buffer, limits: ZipLimits): ZipProblem | null {
  const entries = readEntries(buf, limits);
  if (typeof entries === 'string') return entries;
  const total = entries.reduce((sum, e) => sum + e.size, 0);
  if (total > limits.maxUncompressedBytes) return 'too_large';
  for (const entry of entries) {
    // Encrypted entries, or methods other than stored/deflate, are not something Excel writes.
    if (entry.flags & 1 || (entry.method !== 0 && entry.method !== 8)) return 'unsupported';
    const problem = inflatesAsDeclared(buf, entry);
    if (problem) return problem;
  }
  return null;
}
