import { describe, expect, it } from 'vitest';
import { apiClient, errorBody } from '../../test/api-client.ts';
import { createTestApiAs, type TestSession } from '../../test/test-db.ts';

const { app, scalar, session: editor } = await createTestApiAs('editor');
const meetingId = scalar('SELECT min(id) FROM meetings');
const meetings = apiClient(app).api.meetings[':id'];

const pdf = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.from([0, 1, 2, 255, 254]), Buffer.from('\n%%EOF\n')]);

function upload(bytes: Uint8Array, name: string, session: TestSession | null = editor, id = meetingId) {
  return apiClient(app, session).api.meetings[':id'].attachments.$post({
    param: { id: String(id) },
    form: { file: new File([bytes], name, { type: 'application/pdf' }) },
  });
}

describe('meeting attachments', () => {
  it('keeps a PDF, lists it with the meeting and downloads it byte-identical, never inline', async () => {
    const res = await upload(pdf, 'صورت‌جلسه امضاشده.pdf');
    expect(res.status).toBe(201);
    const { attachment } = await res.json();
    expect(attachment).toMatchObject({
      fileName: 'صورت‌جلسه امضاشده.pdf',
      contentType: 'application/pdf',
      size: pdf.length,
    });
    expect(JSON.stringify(attachment)).not.toContain('data');

    const meeting = await (await meetings.$get({ param: { id: String(meetingId) } })).json();
    expect(meeting.attachments.map((a) => a.id)).toContain(attachment.id);

    const file = await app.request(`/api/meetings/${meetingId}/attachments/${attachment.id}`);
    expect(file.status).toBe(200);
    expect(Buffer.from(await file.arrayBuffer()).equals(pdf)).toBe(true);
    expect(file.headers.get('content-type')).toBe('application/pdf');
    expect(file.headers.get('content-disposition')).toMatch(/^attachment; filename="[^"]*"; filename\*=UTF-8''/);
    expect(decodeURIComponent(file.headers.get('content-disposition')?.split("''")[1] ?? '')).toBe(
      'صورت‌جلسه امضاشده.pdf',
    );
    expect(file.headers.get('x-content-type-options')).toBe('nosniff');
    expect(
      scalar(
        "SELECT count(*) FROM audit_events WHERE entity = 'attachment' AND action = 'create' AND entity_id = ?",
        String(attachment.id),
      ),
    ).toBe(1);
  });

  it('decides the type from the bytes: a renamed .exe is refused in Persian, a PNG named .pdf is a PNG', async () => {
    const exe = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(200, 0x90)]);
    const before = scalar('SELECT count(*) FROM meeting_attachments');
    const refused = await upload(exe, 'minutes.pdf');
    expect(refused.status).toBe(415);
    const body = await errorBody(refused);
    expect(body.error.code).toBe('attachment_executable');
    expect(body.error.message).toMatch(/برنامه اجرایی/);
    const text = await upload(Buffer.from('just text, not a scan'), 'scan.jpg');
    expect(text.status).toBe(415);
    expect((await errorBody(text)).error.message).toMatch(/PDF، PNG یا JPEG/);
    expect(scalar('SELECT count(*) FROM meeting_attachments')).toBe(before);

    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);
    const kept = await (await upload(png, 'page-1.pdf')).json();
    expect(kept.attachment.contentType).toBe('image/png');
  });

  it('refuses more than 10 MB, an empty file, a missing meeting and an anonymous upload', async () => {
    const big = Buffer.concat([Buffer.from('%PDF-'), Buffer.alloc(10 * 1024 * 1024)]);
    const tooBig = await upload(big, 'big.pdf');
    expect(tooBig.status).toBe(413);
    expect((await errorBody(tooBig)).error.message).toMatch(/۱۰ مگابایت/);
    expect((await upload(Buffer.alloc(0), 'empty.pdf')).status).toBe(422);
    expect((await upload(pdf, 'x.pdf', editor, 999_999)).status).toBe(404);
    expect((await upload(pdf, 'x.pdf', null)).status).toBe(401);
  });

  it('lets an editor remove one (audited); another meeting’s id does not reach it', async () => {
    const { attachment } = await (await upload(pdf, 'remove-me.pdf')).json();
    const other = scalar('SELECT max(id) FROM meetings');
    const del = (id: number) =>
      app.request(`/api/meetings/${id}/attachments/${attachment.id}`, { method: 'DELETE', headers: editor.headers });
    expect((await app.request(`/api/meetings/${other}/attachments/${attachment.id}`)).status).toBe(404);
    expect((await del(other)).status).toBe(404);
    expect((await del(meetingId)).status).toBe(200);
    expect((await app.request(`/api/meetings/${meetingId}/attachments/${attachment.id}`)).status).toBe(404);
    expect(
      scalar(
        "SELECT count(*) FROM audit_events WHERE entity = 'attachment' AND action = 'delete' AND entity_id = ?",
        String(attachment.id),
      ),
    ).toBe(1);
  });
});
