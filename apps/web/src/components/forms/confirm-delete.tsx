// Deleting needs a second, explicit step: the button first asks, and only «بله» deletes.
import { useState } from 'react';

interface Props {
  label: string;
  question: string;
  yes: string;
  cancel: string;
  pending: boolean;
  onDelete: () => void;
}

export function ConfirmDelete({ label, question, yes, cancel, pending, onDelete }: Props) {
  const [confirming, setConfirming] = useState(false);
  if (!confirming) {
    return (
      <button type="button" className="button button-quiet button-danger-quiet" onClick={() => setConfirming(true)}>
        {label}
      </button>
    );
  }
  return (
    <>
      <span>{question}</span>
      <button type="button" className="button button-danger" disabled={pending} onClick={onDelete}>
        {yes}
      </button>
      <button type="button" className="button button-quiet" onClick={() => setConfirming(false)}>
        {cancel}
      </button>
    </>
  );
}
