import { Check } from 'lucide-react';
import { useMemo, useState } from 'react';
import { commandLabel, commands, isAvailable, isChecked } from '../commands/registry.ts';
import { useCommands } from '../commands/use-commands.ts';
import { describeShortcut } from '../lib/keys.ts';
import { useServices } from '../state/app-context.tsx';
import { Dialog } from '../ui/Dialog.tsx';

/** Every command the moment allows, found by typing any part of its name. */
export function CommandPalette() {
  const { ui } = useServices();
  const { context } = useCommands();
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const ctx = useMemo(() => context(), [context]);

  const matches = useMemo(() => {
    const words = query.toLowerCase().split(/\s+/).filter(Boolean);
    return commands
      .filter((command) => command.palette !== false && isAvailable(command, ctx))
      .map((command) => ({ command, label: commandLabel(command, ctx), checked: isChecked(command, ctx) }))
      .filter(({ label, command }) =>
        words.every((word) => `${label} ${command.title} ${command.section}`.toLowerCase().includes(word)),
      );
  }, [query, ctx]);
  const activeIndex = Math.min(active, Math.max(0, matches.length - 1));

  function runAt(index: number) {
    const match = matches[index];
    if (!match) return;
    ui.closeDialog();
    // Run in the context of the moment the palette closed (it may open another dialog).
    void match.command.run(context());
  }

  return (
    <Dialog title="Command palette" className="palette">
      <input
        className="text-field palette-input"
        role="combobox"
        aria-label="Type a command"
        aria-expanded="true"
        aria-controls="palette-list"
        aria-activedescendant={matches[activeIndex] ? `command-${matches[activeIndex].command.id}` : undefined}
        placeholder="Type a command…"
        value={query}
        autoFocus
        onChange={(event) => {
          setQuery(event.target.value);
          setActive(0);
        }}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown') {
            event.preventDefault();
            setActive((activeIndex + 1) % Math.max(1, matches.length));
          } else if (event.key === 'ArrowUp') {
            event.preventDefault();
            setActive((activeIndex - 1 + matches.length) % Math.max(1, matches.length));
          } else if (event.key === 'Enter') {
            event.preventDefault();
            runAt(activeIndex);
          }
        }}
      />
      <div id="palette-list" role="listbox" aria-label="Commands" className="palette-list">
        {matches.length === 0 && <p className="muted palette-empty">No command matches “{query}”.</p>}
        {matches.map(({ command, label, checked }, index) => (
          // biome-ignore lint/a11y/useKeyWithClickEvents: the combobox owns the keys (arrows/Enter) through aria-activedescendant
          <div
            key={command.id}
            id={`command-${command.id}`}
            role="option"
            tabIndex={-1}
            aria-selected={index === activeIndex}
            aria-checked={checked}
            className={`palette-item${index === activeIndex ? ' is-selected' : ''}`}
            onMouseMove={() => setActive(index)}
            onClick={() => runAt(index)}
          >
            <span>{label}</span>
            {checked && (
              <span className="palette-current">
                <Check aria-hidden="true" size={15} strokeWidth={2} />
                <span className="visually-hidden"> (current)</span>
              </span>
            )}
            <span className="palette-section">{command.section}</span>
            {command.shortcut && <kbd>{describeShortcut(command.shortcut)}</kbd>}
          </div>
        ))}
      </div>
    </Dialog>
  );
}
