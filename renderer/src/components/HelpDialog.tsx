import { commandSections } from '../../../electron/contract/commands.ts';
import { commands } from '../commands/registry.ts';
import { describeShortcut } from '../lib/keys.ts';
import { Dialog, DialogHeader } from '../ui/Dialog.tsx';
import { SearchSyntaxHelp } from './SearchSyntaxHelp.tsx';

export function HelpDialog() {
  return (
    <Dialog title="Keyboard shortcuts" className="help">
      <DialogHeader title="Keyboard shortcuts" />
      <div className="help-grid">
        {commandSections.map((section) => (
          <section key={section} aria-label={section}>
            <h3>{section}</h3>
            <table>
              <tbody>
                {commands
                  .filter((command) => command.section === section && command.shortcut)
                  .map((command) => (
                    <tr key={command.id}>
                      <td>
                        <kbd>{describeShortcut(command.shortcut ?? '')}</kbd>
                      </td>
                      <td>{command.title}</td>
                    </tr>
                  ))}
              </tbody>
            </table>
          </section>
        ))}
      </div>
      <SearchSyntaxHelp />
      <p className="muted">
        Every command, with or without a key, is in the command palette ({describeShortcut('Mod+k')}).
      </p>
    </Dialog>
  );
}
