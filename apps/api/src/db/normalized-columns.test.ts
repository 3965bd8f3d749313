import { NORMALIZER_VERSION } from '@hamgen/shared';
import { describe, expect, it } from 'vitest';
import { apiClient } from '../test/api-client.ts';
import { provincialAssociation } from '../test/organization-bodies.ts';
import { createTestApi, insertRawOrganization, signIn } from '../test/test-db.ts';
import { migrateDatabase } from './client.ts';
import { ensureNormalized, recomputeNormalized, storedNormalizerVersion } from './normalized-columns.ts';

const api = createTestApi();
const { app, db } = api;
const searchTotal = async (q: string, server = app) =>
  (await (await apiClient(server).api.search.$get({ query: { q } })).json()).totals.organizations;

describe('stored normalized text', () => {
  it('is recorded with the normalizer version that computed it', () => {
    expect(storedNormalizerVersion(db)).toBe(NORMALIZER_VERSION);
    expect(ensureNormalized(db)).toBe(0);
  });

  it('is what seed and writes computed: a recompute changes no row', async () => {
    const editor = await signIn(api, 'editor');
    const res = await apiClient(app, editor).api.organizations.$post({
      json: provincialAssociation({
        nameFa: 'ﺍﻧﺠﻤﻦ ﻛﻬﺮﺑﺎﺳﻨﮓ ﻻﺳﺘﻴﻚ ﺍﺳﺘﺎﻥ ﻗﻢ',
        sectorCode: 'plastics-rubber',
        establishedOn: '1403/05/12',
        members: '12',
      }),
    });
    expect(res.status).toBe(201);
    expect(recomputeNormalized(db)).toBe(0);
    // Pasted from a PDF, found by words typed on a Persian keyboard.
    expect(await searchTotal('انجمن کهرباسنگ لاستیک')).toBe(1);
  });

  it('is recomputed at start when an older normalizer wrote it', async () => {
    // What version 1 (NFC only) stored for a name pasted with presentation forms.
    insertRawOrganization(db, {
      nameFa: 'ﭘﺘﺮﻭﺷﯿﻤﯽ ﺗﺴﺘﯽ ﮔﯿﻼﻥ',
      provinceCode: 'IR-01',
      sectorCode: 'chemicals',
      searchText: 'ﭘﺘﺮﻭﺷﯿﻤﯽﺗﺴﺘﯽﮔﯿﻼﻥ',
    });
    db.$client.prepare("UPDATE app_meta SET value = '1' WHERE key = 'normalizer_version'").run();
    expect(await searchTotal('پتروشیمی تستی گیلان')).toBe(0);

    // What a restart does: migrate (and recompute) before a new app, with an empty cache, serves.
    migrateDatabase(db);
    const restarted = createTestApi(db).app;

    expect(storedNormalizerVersion(db)).toBe(NORMALIZER_VERSION);
    expect(await searchTotal('پتروشیمی تستی گیلان', restarted)).toBe(1);
  });
});
