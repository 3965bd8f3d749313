// Files kept with a meeting. What a file is comes from its first bytes, never from its name or
// the type the browser claims: only PDF, PNG and JPEG are kept, and a program renamed `.pdf` is
// refused by name of what it really is.
import { createHash } from 'node:crypto';
import { and, asc, eq, getTableColumns } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { meetingAttachments } from '../../db/schema.ts';
import type { Actor } from '../../lib/audit.ts';

const startsWith = (bytes: Uint8Array, magic: readonly number[]) => magic.every((b, i) => bytes[i] === b);

const KEPT: readonly { type: string; magic: readonly number[] }[] = [
  { type: 'application/pdf', magic: [0x25, 0x50, 0x44, 0x46, 0x2d] }, // %PDF-
  { type: 'image/png', magic: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { type: 'image/jpeg', magic: [0xff, 0xd8, 0xff] },
];

export type Sniffed = { ok: true; type: string } | { ok: false; reason: 'executable' | 'unsupported' };

export function sniffAttachment(bytes: Uint8Array): Sniffed {
  const kept = KEPT.find((k) => startsWith(bytes, k.magic));
  if (kept) return { ok: true, type: kept.type };
  // MZ (Windows programs), ELF, and Mach-O: named in the refusal, since a renamed one is an attack.
  const executable =
    startsWith(bytes, [0x4d, 0x5a]) ||
    startsWith(bytes, [0x7f, 0x45, 0x4c, 0x46]) ||
    startsWith(bytes, [0xcf, 0xfa, 0xed, 0xfe]) ||
    startsWith(bytes, [0xfe, 0xed, 0xfa, 0xcf]);
  return { ok: false, reason: executable ? 'executable' : 'unsupported' };
}

const {
  data: _data,
  sha256: _sha,
  meetingId: _meetingId,
  userId: _userId,
  ...listed
} = getTableColumns(meetingAttachments);

/** What readers see in the meeting's answer: name, type, size, when and by whom, no bytes. */
export function listAttachments(db: Db, meetingId: number) {
  return db
    .select(listed)
    .from(meetingAttachments)
    .where(eq(meetingAttachments.meetingId, meetingId))
    .orderBy(asc(meetingAttachments.createdAt), asc(meetingAttachments.id))
    .all();
}
export type AttachmentInfo = ReturnType<typeof listAttachments>[number];

export function insertAttachment(
  db: Db,
  file: { meetingId: number; fileName: string; contentType: string; data: Buffer },
  actor: Pick<Actor, 'userId' | 'username'>,
  nowIso: string,
): AttachmentInfo & { sha256: string } {
  const sha256 = createHash('sha256').update(file.data).digest('hex');
  const [row] = db
    .insert(meetingAttachments)
    .values({
      ...file,
      size: file.data.length,
      sha256,
      createdAt: nowIso,
      userId: actor.userId,
      username: actor.username,
    })
    .returning({ ...listed, sha256: meetingAttachments.sha256 })
    .all();
  if (!row) throw new Error('insert returned no row');
  return row;
}

const where = (meetingId: number, id: number) =>
  and(eq(meetingAttachments.id, id), eq(meetingAttachments.meetingId, meetingId));

export function readAttachment(db: Db, meetingId: number, id: number) {
  return db
    .select({ ...listed, data: meetingAttachments.data })
    .from(meetingAttachments)
    .where(where(meetingId, id))
    .get();
}

/** The row as it was (without its bytes, for the audit log), or undefined when there is none. */
export function deleteAttachment(db: Db, meetingId: number, id: number) {
  const [row] = db
    .delete(meetingAttachments)
    .where(where(meetingId, id))
    .returning({ ...listed, sha256: meetingAttachments.sha256 })
    .all();
  return row;
}
