// Labelled inputs with the Persian message of their field beside them (aria-describedby), so a
// screen reader hears the reason with the input.
import { type ReactNode, useId } from 'react';

interface FieldProps {
  label: string;
  error?: string;
  hint?: string;
  className?: string;
  children: (props: { id: string; 'aria-invalid': boolean; 'aria-describedby'?: string }) => ReactNode;
}

export function Field({ label, error, hint, className, children }: FieldProps) {
  const id = useId();
  const described = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`form-field${className ? ` ${className}` : ''}`}>
      <label htmlFor={id} className="field-label">
        {label}
      </label>
      {children({ id, 'aria-invalid': Boolean(error), 'aria-describedby': described })}
      {hint && (
        <span id={`${id}-hint`} className="form-hint">
          {hint}
        </span>
      )}
      {error && (
        <span id={`${id}-error`} className="form-error">
          {error}
        </span>
      )}
    </div>
  );
}

interface TextFieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string;
  hint?: string;
  required?: boolean;
  multiline?: boolean;
  /** Dates and numbers typed as ASCII or Persian digits read left to right. */
  dir?: 'ltr' | 'auto';
  placeholder?: string;
  type?: 'text' | 'password';
  autoComplete?: string;
  className?: string;
}

export function TextField({ label, value, onChange, multiline, dir, required, ...rest }: TextFieldProps) {
  return (
    <Field label={label} error={rest.error} hint={rest.hint} className={rest.className}>
      {(a11y) =>
        multiline ? (
          <textarea {...a11y} value={value} required={required} rows={3} onChange={(e) => onChange(e.target.value)} />
        ) : (
          <input
            {...a11y}
            type={rest.type ?? 'text'}
            value={value}
            dir={dir}
            required={required}
            placeholder={rest.placeholder}
            autoComplete={rest.autoComplete}
            onChange={(e) => onChange(e.target.value)}
          />
        )
      }
    </Field>
  );
}

interface SelectFieldProps<T extends string> {
  label: string;
  value: T;
  options: readonly { value: T; label: string }[];
  onChange: (value: T) => void;
  error?: string;
  className?: string;
}

export function SelectField<T extends string>({
  label,
  value,
  options,
  onChange,
  error,
  className,
}: SelectFieldProps<T>) {
  return (
    <Field label={label} error={error} className={className}>
      {(a11y) => (
        <select {...a11y} value={value} onChange={(e) => onChange(e.target.value as T)}>
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

/** The message of the whole form (server refusal, network failure), announced when it appears. */
export function FormAlert({ message, children }: { message?: string | null; children?: ReactNode }) {
  if (!message) return null;
  return (
    <div className="form-alert" role="alert">
      <p>{message}</p>
      {children}
    </div>
  );
}
