import { Check } from 'lucide-react';
import { useMemo, useState } from 'react';
import { commandLabel, commands, isAvailable, isChecked } from '../commands/registry.ts';
import { useCommands } from '../commands/use-commands.ts';
import { describeShortcut } from '../lib/keys.ts';
import { wordMatcher } from '../lib/word-match.ts';
import { useServices } from '../state/app-context.tsx';
import { QuickPicker } from '../ui/QuickPicker.tsx';

/** Every command the moment allows, found by typing any part of its name. */
export function CommandPalette() {
  const { ui } = useServices();
  const { context } = useCommands();
  const [query, setQuery] = useState('');
  const ctx = useMemo(() => context(), [context]);

  const matches = useMemo(() => {
    const matches = wordMatcher(query);
    return commands
      .filter((command) => command.palette !== false && isAvailable(command, ctx))
      .map((command) => ({ command, label: commandLabel(command, ctx), checked: isChecked(command, ctx) }))
      .filter(({ label, command }) =>
        matches(`${label} ${command.title} ${command.section} ${command.keywords ?? ''}`),
      );
  }, [query, ctx]);

  return (
    <QuickPicker
      title="Command palette"
      inputLabel="Type a command"
      listLabel="Commands"
      query={query}
      onQuery={setQuery}
      empty={`No command matches “${query}”.`}
      options={matches.map(({ command, label, checked }) => ({
        id: `command-${command.id}`,
        checked,
        content: (
          <>
            <span>{label}</span>
            {checked && (
              <span className="palette-current">
                <Check aria-hidden="true" size={15} strokeWidth={2} />
                <span className="visually-hidden"> (current)</span>
              </span>
            )}
            <span className="palette-section">{command.section}</span>
            {command.shortcut && <kbd>{describeShortcut(command.shortcut)}</kbd>}
          </>
        ),
      }))}
      onPick={(index) => {
        const match = matches[index];
        if (!match) return;
        ui.closeDialog();
        // Run in the context of the moment the palette closed (it may open another dialog).
        void match.command.run(context());
      }}
    />
  );
}
