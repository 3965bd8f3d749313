// An XLSX is a zip, and a zip can hold a bomb: kilobytes that inflate to gigabytes. Before any
// parser sees the file, this reads it the strict way and inflates every entry itself, with
// zlib's `maxOutputLength` set to the entry's declared size, so nothing ever grows past the cap.
//
// Zip readers disagree about sloppy archives: JSZip (inside exceljs) ignores the entry count of
// the end record, reads every central record it finds, re-bases offsets when the directory is
// shorter than declared and switches to ZIP64 on 0xFFFF fields. So only a canonical archive is
// accepted — one that every reader reads the same way: one disk, the four counts of the end
// record equal, the directory ending exactly at the end record, no ZIP64, every central record
// matching its local header, the local entries back to back from byte 0 up to the directory,
// no duplicate names, and every CRC right. The parser then gets a zip rebuilt from the parts
// inflated here (xlsx-parts.ts), never the uploaded bytes.
import { crc32, inflateRawSync } from 'node:zlib';

export type ZipProblem = 'not_zip' | 'truncated' | 'too_large' | 'unsupported' | 'inconsistent';

export interface ZipLimits {
  maxUncompressedBytes: number;
  maxEntries: number;
}

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const DATA_DESCRIPTOR = 0x08074b50;
/** General-purpose flag bit 3: sizes and CRC follow the data instead of the local header. */
const HAS_DESCRIPTOR = 0x8;

interface Entry {
  name: Buffer;
  flags: number;
  method: number;
  crc: number;
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

function readDirectory(buf: Buffer, limits: ZipLimits): Entry[] | ZipProblem {
  if (buf.length < 22 || buf.readUInt32LE(0) !== LOCAL) return 'not_zip';
  const eocd = findEndOfCentralDirectory(buf);
  if (eocd < 0 || eocd + 22 + buf.readUInt16LE(eocd + 20) !== buf.length) return 'truncated';
  const disk = buf.readUInt16LE(eocd + 4);
  const directoryDisk = buf.readUInt16LE(eocd + 6);
  const onDisk = buf.readUInt16LE(eocd + 8);
  const count = buf.readUInt16LE(eocd + 10);
  const size = buf.readUInt32LE(eocd + 12);
  const offset = buf.readUInt32LE(eocd + 16);
  // ZIP64 markers or locator: sizes that need 64 bits are far past any cap.
  if (count === 0xffff || size === 0xffffffff || offset === 0xffffffff) return 'too_large';
  if (eocd >= 20 && buf.readUInt32LE(eocd - 20) === ZIP64_LOCATOR) return 'too_large';
  if (disk !== 0 || directoryDisk !== 0 || onDisk !== count) return 'unsupported';
  if (count > limits.maxEntries) return 'unsupported';
  // The directory must end exactly where the end record begins: no record hidden after it.
  if (offset + size !== eocd) return offset + size > eocd ? 'truncated' : 'inconsistent';
  const entries: Entry[] = [];
  let at = offset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > eocd || buf.readUInt32LE(at) !== CENTRAL) return 'truncated';
    const nameLength = buf.readUInt16LE(at + 28);
    const entry: Entry = {
      flags: buf.readUInt16LE(at + 8),
      method: buf.readUInt16LE(at + 10),
      crc: buf.readUInt32LE(at + 16),
      compressedSize: buf.readUInt32LE(at + 20),
      size: buf.readUInt32LE(at + 24),
      localOffset: buf.readUInt32LE(at + 42),
      name: buf.subarray(at + 46, at + 46 + nameLength),
    };
    if (entry.compressedSize === 0xffffffff || entry.size === 0xffffffff || entry.localOffset === 0xffffffff) {
      return 'too_large';
    }
    if (buf.readUInt16LE(at + 34) !== 0) return 'unsupported'; // an entry on another disk
    entries.push(entry);
    at += 46 + nameLength + buf.readUInt16LE(at + 30) + buf.readUInt16LE(at + 32);
  }
  // Exactly `count` records fill the directory: one more (a record the count hides) is refused.
  if (at !== eocd) return 'inconsistent';
  return entries;
}

/** Where the entry's data starts, or why its local header disagrees with the directory. */
function localData(buf: Buffer, entry: Entry): { start: number; end: number } | ZipProblem {
  const at = entry.localOffset;
  if (at + 30 > buf.length || buf.readUInt32LE(at) !== LOCAL) return 'truncated';
  const nameLength = buf.readUInt16LE(at + 26);
  const start = at + 30 + nameLength + buf.readUInt16LE(at + 28);
  if (start + entry.compressedSize > buf.length) return 'truncated';
  const sameHeader =
    buf.readUInt16LE(at + 6) === entry.flags &&
    buf.readUInt16LE(at + 8) === entry.method &&
    buf.subarray(at + 30, at + 30 + nameLength).equals(entry.name);
  // With a data descriptor the local sizes may be zero; otherwise they must be the directory's.
  const localSizes = [buf.readUInt32LE(at + 14), buf.readUInt32LE(at + 18), buf.readUInt32LE(at + 22)];
  const sameSizes =
    (entry.flags & HAS_DESCRIPTOR && localSizes.every((v) => v === 0)) ||
    (localSizes[0] === entry.crc && localSizes[1] === entry.compressedSize && localSizes[2] === entry.size);
  if (!sameHeader || !sameSizes) return 'inconsistent';
  let end = start + entry.compressedSize;
  if (entry.flags & HAS_DESCRIPTOR) {
    end += end + 4 <= buf.length && buf.readUInt32LE(end) === DATA_DESCRIPTOR ? 16 : 12;
  }
  return { start, end };
}

function inflateAsDeclared(data: Buffer, entry: Entry): Buffer | ZipProblem {
  let out: Buffer;
  if (entry.method === 0) {
    if (entry.compressedSize !== entry.size) return 'inconsistent';
    out = data;
  } else {
    try {
      // One byte of headroom tells "exactly as declared" from "more than declared".
      out = inflateRawSync(data, { maxOutputLength: entry.size + 1 });
    } catch (err) {
      return err instanceof RangeError || (err as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE'
        ? 'inconsistent'
        : 'truncated';
    }
  }
  return out.length === entry.size && crc32(out) === entry.crc ? out : 'inconsistent';
}

/** Every entry of a canonical zip, inflated; or why the zip is refused. */
export function readZip(buf: Buffer, limits: ZipLimits): Map<string, Buffer> | ZipProblem {
  const entries = readDirectory(buf, limits);
  if (typeof entries === 'string') return entries;
  const total = entries.reduce((sum, e) => sum + e.size, 0);
  if (total > limits.maxUncompressedBytes) return 'too_large';
  const parts = new Map<string, Buffer>();
  // Local entries back to back from byte 0 to the directory: no bytes a reader could find that
  // the directory does not name.
  let expected = 0;
  for (const entry of [...entries].sort((a, b) => a.localOffset - b.localOffset)) {
    // Encrypted entries, or methods other than stored/deflate, are not something Excel writes.
    if (entry.flags & 1 || (entry.method !== 0 && entry.method !== 8)) return 'unsupported';
    if (entry.localOffset !== expected) return 'inconsistent';
    const span = localData(buf, entry);
    if (typeof span === 'string') return span;
    const data = inflateAsDeclared(buf.subarray(span.start, span.start + entry.compressedSize), entry);
    if (typeof data === 'string') return data;
    const name = entry.name.toString('utf8');
    if (parts.has(name)) return 'inconsistent';
    parts.set(name, data);
    expected = span.end;
  }
  if (expected !== buf.readUInt32LE(findEndOfCentralDirectory(buf) + 16)) return 'inconsistent';
  return parts;
}

/** Null when the zip may be handed to a parser; otherwise why not. */
export function checkZip(buf: Buffer, limits: ZipLimits): ZipProblem | null {
  const result = readZip(buf, limits);
  return typeof result === 'string' ? result : null;
}
