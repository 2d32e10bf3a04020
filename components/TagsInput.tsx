import { tagSuggestions } from '../utils/tags';

export type TagsInputProps = {
  /** Unique in the page: the suggestions' `<datalist>` is `${id}-tags`. */
  id: string;
  label: string;
  /** The comma-separated line as typed. */
  value: string;
  /** Tags in use, offered for the tag being typed. */
  known: readonly string[];
  onInput: (value: string) => void;
};

/** A comma-separated tags field whose suggestions complete the tag typed last. */
export function TagsInput({ id, label, value, known, onInput }: TagsInputProps) {
  return (
    <label>
      {label}
      <input type="text" list={`${id}-tags`} value={value} autocomplete="off" onInput={(e) => onInput((e.target as HTMLInputElement).value)} />
      <datalist id={`${id}-tags`}>
        {tagSuggestions(value, known).map((line) => (
          <option key={line} value={line} />
        ))}
      </datalist>
    </label>
  );
}
