import { useId } from 'react';

/** The search field above a list, with the count of what it found (announced as it changes). */
export function ListSearch({
  label,
  placeholder,
  value,
  onChange,
  count,
}: {
  label: string;
  placeholder: string;
  value: string;
  onChange: (text: string) => void;
  /** The count's words, once the list has answered. */
  count?: string;
}) {
  const id = useId();
  return (
    <div className="list-search">
      <label htmlFor={id} className="field">
        <span className="field-label">{label}</span>
        <input
          id={id}
          type="search"
          value={value}
          placeholder={placeholder}
          onChange={(e) => onChange(e.target.value)}
        />
      </label>
      {count !== undefined && (
        <output className="list-count" aria-live="polite">
          {count}
        </output>
      )}
    </div>
  );
}
