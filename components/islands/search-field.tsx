'use client';

import type { KeyboardEvent, Ref } from 'react';

export interface SearchFieldProps {
  id?: string;
  label: string;
  placeholder: string;
  value: string;
  /** Every change; `composing` is true while an input method (pinyin) is still composing. */
  onChange: (value: string, composing: boolean) => void;
  onKeyDown?: (event: KeyboardEvent<HTMLInputElement>) => void;
  /** Id of the listbox the field controls, and of its active option. */
  listId: string;
  activeId: string | null;
  expanded: boolean;
  inputRef?: Ref<HTMLInputElement>;
}

/**
 * The search input as an ARIA combobox. Part of the header island so it can take focus (and an
 * input method's composition) the moment search opens, before the results code has arrived.
 */
export function SearchField(props: SearchFieldProps) {
  const { id, label, placeholder, value, onChange, onKeyDown, listId, activeId, expanded, inputRef } = props;
  return (
    <div className="search-field flex items-center gap-2 border-b border-line px-3">
      <svg aria-hidden="true" viewBox="0 0 24 24" width="20" height="20" className="shrink-0 text-muted">
        <circle cx="11" cy="11" r="7" fill="none" stroke="currentColor" strokeWidth="2" />
        <path d="m20 20-3.5-3.5" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
      </svg>
      <input
        ref={inputRef}
        id={id}
        type="search"
        name="q"
        role="combobox"
        aria-label={label}
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={activeId ?? undefined}
        autoComplete="off"
        autoCorrect="off"
        autoCapitalize="off"
        spellCheck={false}
        enterKeyHint="go"
        placeholder={placeholder}
        value={value}
        onChange={(event) =>
          onChange(event.target.value, (event.nativeEvent as InputEvent).isComposing === true)
        }
        onCompositionEnd={(event) => onChange(event.currentTarget.value, false)}
        onKeyDown={(event) => {
          // Enter and arrows that pick an input method's candidate are not ours.
          if (!event.nativeEvent.isComposing) onKeyDown?.(event);
        }}
        className="h-12 min-w-0 flex-1 bg-transparent text-base outline-none placeholder:text-[var(--muted-fg)] [&::-webkit-search-cancel-button]:hidden"
      />
    </div>
  );
}
