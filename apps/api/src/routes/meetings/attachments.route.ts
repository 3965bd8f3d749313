// A meeting's files (signed minutes): editors attach and remove them, readers download them.
// Downloads are never rendered from our origin: `Content-Disposition: attachment`, the type
// decided from the bytes at upload, and nosniff (set on every answer).
import { attachmentFormSchema, attachmentParamSchema, idParamSchema, MAX_ATTACHMENT_BYTES } from '@hamgen/shared';
import { eq } from 'drizzle-orm';
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { meetings } from '../../db/schema.ts';
import type { AppEnv } from '../../lib/app-env.ts';
import { actorOf, auditedWrite } from '../../lib/audit.ts';
import { ApiError } from '../../lib/errors.ts';
import { validate } from '../../lib/validate.ts';
import { safeFileName } from '../import/read-upload.ts';
import { deleteAttachment, insertAttachment, readAttachment, sniffAttachment } from './attachments.db.ts';
import { MEETING_NOT_FOUND } from './meetings-write.db.ts';

const TOO_LARGE = 'حجم فایل بیش از ۱۰ مگابایت است؛ فایل کوچک‌تری بفرستید';
const ATTACHMENT_NOT_FOUND = 'پیوستی با این شناسه در این جلسه پیدا نشد';
const REFUSED = {
  executable: 'این فایل یک برنامه اجرایی است (نه PDF یا تصویر) و پذیرفته نشد؛ فقط PDF، PNG یا JPEG پیوست کنید',
  unsupported: 'نوع این فایل از روی محتوای آن PDF، PNG یا JPEG نیست و پذیرفته نشد',
} as const;

// Room for the multipart envelope around a file of the maximum size.
const uploadLimit = bodyLimit({
  maxSize: MAX_ATTACHMENT_BYTES + 64 * 1024,
  onError: () => {
    throw new ApiError(413, 'file_too_large', TOO_LARGE);
  },
});

/** `filename*` carries the Persian name (RFC 6266); `filename` an ASCII stand-in for old clients. */
export function contentDisposition(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

export const attachmentsRoute = new Hono<AppEnv>()
  .post(
    '/:id/attachments',
    uploadLimit,
    validate('param', idParamSchema),
    validate('form', attachmentFormSchema),
    async (c) => {
      const { id } = c.req.valid('param');
      const { file } = c.req.valid('form');
      if (file.size > MAX_ATTACHMENT_BYTES) throw new ApiError(413, 'file_too_large', TOO_LARGE);
      if (file.size === 0) throw new ApiError(422, 'empty_file', 'فایل خالی است');
      const data = Buffer.from(await file.arrayBuffer());
      const sniffed = sniffAttachment(data);
      if (!sniffed.ok) throw new ApiError(415, `attachment_${sniffed.reason}`, REFUSED[sniffed.reason]);
      const attachment = auditedWrite(c, (audit, db, nowIso) => {
        if (!db.select({ id: meetings.id }).from(meetings).where(eq(meetings.id, id)).get()) {
          throw new ApiError(404, 'not_found', MEETING_NOT_FOUND);
        }
        const fileName = safeFileName(file.name);
        const row = insertAttachment(
          db,
          { meetingId: id, fileName, contentType: sniffed.type, data },
          actorOf(c),
          nowIso,
        );
        audit({ action: 'create', entity: 'attachment', entityId: row.id, after: { ...row, meetingId: id } });
        return row;
      });
      return c.json({ attachment }, 201);
    },
  )
  .get('/:id/attachments/:attachmentId', validate('param', attachmentParamSchema), (c) => {
    const { id, attachmentId } = c.req.valid('param');
    const row = readAttachment(c.var.db, id, attachmentId);
    if (!row) throw new ApiError(404, 'not_found', ATTACHMENT_NOT_FOUND);
    return c.body(new Uint8Array(row.data), 200, {
      'Content-Type': row.contentType,
      'Content-Length': String(row.size),
      'Content-Disposition': contentDisposition(row.fileName),
      'Cache-Control': 'private, no-cache',
    });
  })
  .delete('/:id/attachments/:attachmentId', validate('param', attachmentParamSchema), (c) => {
    const { id, attachmentId } = c.req.valid('param');
    auditedWrite(c, (audit, db) => {
      const before = deleteAttachment(db, id, attachmentId);
      if (!before) throw new ApiError(404, 'not_found', ATTACHMENT_NOT_FOUND);
      audit({ action: 'delete', entity: 'attachment', entityId: attachmentId, before: { ...before, meetingId: id } });
    });
    return c.json({ deleted: true as const, id: attachmentId });
  });
