// The inputs of signing in and of choosing a password: required, typed left to right, and named
// for the browser's password manager by their autocomplete.
import type { FieldErrors } from '../../../components/forms/field-errors.ts';
import { TextField } from '../../../components/forms/fields.tsx';

export interface CredentialField<N extends string> {
  name: N;
  label: string;
  autoComplete: 'username' | 'current-password' | 'new-password';
  hint?: string;
}

interface Props<N extends string> {
  fields: readonly CredentialField<N>[];
  values: Record<N, string>;
  errors: FieldErrors;
  onChange: (name: N, value: string) => void;
}

export function CredentialFields<N extends string>({ fields, values, errors, onChange }: Props<N>) {
  return fields.map((f) => (
    <TextField
      key={f.name}
      label={f.label}
      type={f.autoComplete === 'username' ? 'text' : 'password'}
      value={values[f.name]}
      error={errors[f.name]}
      hint={f.hint}
      dir="ltr"
      autoComplete={f.autoComplete}
      required
      onChange={(value) => onChange(f.name, value)}
    />
  ));
}
