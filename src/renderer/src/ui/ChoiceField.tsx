/** A labelled select over a fixed list of choices (entity types, link roles...), typed by its ids. */
export function ChoiceField<T extends string>({
  label,
  value,
  options,
  onChange,
}: {
  label: string;
  value: T;
  options: readonly { id: T; label: string }[];
  onChange(value: NoInfer<T>): void;
}) {
  return (
    <label className="field">
      {label}
      <select
        value={value}
        onChange={(e) => {
          const chosen = options.find((o) => o.id === e.target.value);
          if (chosen) onChange(chosen.id);
        }}
      >
        {options.map((o) => (
          <option key={o.id} value={o.id}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  );
}
