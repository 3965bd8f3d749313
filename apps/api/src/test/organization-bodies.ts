// Valid bodies for POST /api/organizations, typed from the route, so a test writes only the
// fields it is about.
import type { apiClient } from './api-client.ts';

export type OrganizationBody = Parameters<ReturnType<typeof apiClient>['api']['organizations']['$post']>[0]['json'];

/** A national association: no province, the kind that needs none. */
export function nationalAssociation(fields: Partial<OrganizationBody> = {}): OrganizationBody {
  return {
    nameFa: 'انجمن ملی آزمون',
    kind: 'national_association',
    provinceCode: null,
    sectorCode: 'food',
    establishedOn: '1403/01/01',
    status: 'active',
    ...fields,
  };
}

/** A provincial association in Qom, still forming, with members typed in Persian digits. */
export function provincialAssociation(fields: Partial<OrganizationBody> = {}): OrganizationBody {
  return {
    nameFa: 'انجمن صنايع همگن كاشي استان قم',
    kind: 'provincial_association',
    provinceCode: 'IR-25',
    sectorCode: 'non-metallic',
    establishedOn: '۱۴۰۳/۰۵/۱۲',
    status: 'forming',
    members: '۱۲',
    ...fields,
  };
}
