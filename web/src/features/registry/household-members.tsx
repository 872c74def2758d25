import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PersonEditor } from './person-editor.tsx';
import { fullName, PersonFacts } from './person-facts.tsx';
import type { Household } from './registry-api.ts';
import { focusWhenDrawn } from '../../components/focus.ts';

/** The members of a household, each with their facts and documents, and a button to change their details. */
export function HouseholdMembers({ household, onReload }: { household: Household; onReload: () => Promise<void> }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState<string | undefined>();
  const [saved, setSaved] = useState('');
  const editButtons = useRef(new Map<string, HTMLButtonElement>());

  async function close(personId: string, wasSaved: boolean) {
    if (wasSaved) await onReload();
    setEditing(undefined);
    setSaved(wasSaved ? t('registry.editor.saved') : '');
    // The focus returns to the button that opened the form.
    focusWhenDrawn(() => editButtons.current.get(personId));
  }

  return (
    <section aria-labelledby="members-title" className="stack">
      <h2 id="members-title">{t('registry.household.membersTitle')}</h2>
      <p role="status" className="status-line">
        {saved}
      </p>
      <ul className="card-list">
        {household.members.map((person, index) => {
          const name = fullName(person);
          return (
            <li key={person.id} className="card">
              <h3>{name}</h3>
              <PersonFacts person={person} />
              <p className="hint">{t('registry.household.version', { version: person.version })}</p>
              {editing === person.id ? (
                <PersonEditor
                  person={person}
                  idPrefix={`pe${index}`}
                  onReload={onReload}
                  onClose={(wasSaved) => void close(person.id, wasSaved)}
                />
              ) : (
                <button
                  type="button"
                  className="button"
                  ref={(element) => {
                    if (element) editButtons.current.set(person.id, element);
                    else editButtons.current.delete(person.id);
                  }}
                  onClick={() => {
                    setSaved('');
                    setEditing(person.id);
                  }}
                >
                  {t('registry.household.edit', { name })}
                </button>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
