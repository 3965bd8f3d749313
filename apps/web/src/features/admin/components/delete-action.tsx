// The delete button at the end of an edit form's actions, asking first (see ConfirmDelete).
import { useTranslation } from 'react-i18next';
import { ConfirmDelete } from '../../../components/forms/confirm-delete.tsx';

interface Props {
  label: string;
  question: string;
  yes: string;
  /** The delete mutation: it runs on «yes» and disables the button while pending. */
  remove: { isPending: boolean; mutate: () => void };
}

export function DeleteAction({ label, question, yes, remove }: Props) {
  const { t } = useTranslation('admin');
  return (
    <span className="form-actions-end">
      <ConfirmDelete
        label={label}
        question={question}
        yes={yes}
        cancel={t('form.cancel')}
        pending={remove.isPending}
        onDelete={() => remove.mutate()}
      />
    </span>
  );
}
