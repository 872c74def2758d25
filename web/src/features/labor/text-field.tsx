/** A labelled one-line text input of the labour forms (read back through FormData by `name`). */
export function TextField({
  id,
  name,
  label,
  maxLength,
  autoComplete,
  required = false,
  type = 'text',
}: {
  id: string;
  name: string;
  label: string;
  maxLength: number;
  autoComplete?: string;
  required?: boolean;
  type?: 'text' | 'email' | 'tel';
}) {
  return (
    <div className="labor-field">
      <label htmlFor={id}>{label}</label>
      <input id={id} name={name} type={type} required={required} maxLength={maxLength} autoComplete={autoComplete} />
    </div>
  );
}
