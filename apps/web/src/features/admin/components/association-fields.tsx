// The fields of an association, for the create and the edit form alike (same validation as the
// import: the shared schema first, then the API's per-field issues).
import { ORGANIZATION_KINDS, ORGANIZATION_STATUSES, PROVINCES, SECTORS, toPersianDigits } from '@hamgen/shared';
import { useTranslation } from 'react-i18next';
import type { FieldErrors } from '../../../components/forms/field-errors.ts';
import { SelectField, TextField } from '../../../components/forms/fields.tsx';
import { localName } from '../../../lib/localized-name.ts';
import type { OrganizationForm } from '../form-data.ts';

interface Props {
  form: OrganizationForm;
  errors: FieldErrors;
  set: (patch: Partial<OrganizationForm>) => void;
}

export function AssociationFields({ form, errors, set }: Props) {
  const { t, i18n } = useTranslation('admin');
  const en = i18n.language === 'en';
  const option = (prefix: string) => (value: string) => ({ value, label: t(`common:${prefix}.${value}`) });
  return (
    <>
      <TextField
        className="form-field-wide"
        label={t('association.nameFa')}
        value={form.nameFa}
        error={errors.nameFa}
        required
        onChange={(nameFa) => set({ nameFa })}
      />
      <TextField
        className="form-field-wide"
        label={t('association.nameEn')}
        value={form.nameEn}
        error={errors.nameEn}
        dir="ltr"
        onChange={(nameEn) => set({ nameEn })}
      />
      <SelectField
        label={t('association.kind')}
        value={form.kind}
        options={ORGANIZATION_KINDS.map(option('kind'))}
        error={errors.kind}
        onChange={(kind) => set({ kind })}
      />
      <SelectField
        label={t('association.province')}
        value={form.provinceCode}
        options={[
          { value: '', label: t('association.noProvince') },
          ...PROVINCES.map((p) => ({ value: p.code, label: localName(p, en) })),
        ]}
        error={errors.provinceCode}
        onChange={(provinceCode) => set({ provinceCode })}
      />
      <SelectField
        label={t('association.sector')}
        value={form.sectorCode}
        options={SECTORS.map((s) => ({ value: s.code, label: localName(s, en) }))}
        error={errors.sectorCode}
        onChange={(sectorCode) => set({ sectorCode })}
      />
      <SelectField
        label={t('association.status')}
        value={form.status}
        options={ORGANIZATION_STATUSES.map(option('status'))}
        error={errors.status}
        onChange={(status) => set({ status })}
      />
      <TextField
        label={t('association.establishedOn')}
        value={form.establishedOn}
        error={errors.establishedOn}
        hint={t('form.dateHint')}
        placeholder={t('form.datePlaceholder')}
        dir="ltr"
        required
        onChange={(establishedOn) => set({ establishedOn })}
      />
      <TextField
        label={t('association.lastElectionOn')}
        value={form.lastElectionOn}
        error={errors.lastElectionOn}
        dir="ltr"
        placeholder={t('form.datePlaceholder')}
        onChange={(lastElectionOn) => set({ lastElectionOn })}
      />
      <TextField
        label={t('association.members')}
        value={form.members}
        error={errors.members}
        dir="ltr"
        onChange={(members) => set({ members })}
      />
    </>
  );
}

/** How a field of the form reads in a conflict message: labels for codes, the reader's digits. */
export function useAssociationValueText() {
  const { t, i18n } = useTranslation('admin');
  const en = i18n.language === 'en';
  return (field: keyof OrganizationForm, value: string): string => {
    if (value === '') return '—';
    if (field === 'kind') return t(`common:kind.${value}`);
    if (field === 'status') return t(`common:status.${value}`);
    if (field === 'provinceCode') {
      const p = PROVINCES.find((x) => x.code === value);
      return p ? localName(p, en) : value;
    }
    if (field === 'sectorCode') {
      const s = SECTORS.find((x) => x.code === value);
      return s ? localName(s, en) : value;
    }
    return en ? value : toPersianDigits(value);
  };
}

export const ASSOCIATION_FIELD_LABEL: Record<keyof OrganizationForm, string> = {
  nameFa: 'association.nameFa',
  nameEn: 'association.nameEn',
  kind: 'association.kind',
  provinceCode: 'association.province',
  sectorCode: 'association.sector',
  establishedOn: 'association.establishedOn',
  status: 'association.status',
  members: 'association.members',
  lastElectionOn: 'association.lastElectionOn',
};
