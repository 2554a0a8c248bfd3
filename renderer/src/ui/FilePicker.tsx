import { Upload } from 'lucide-react';
import { useRef } from 'react';
import { Button, type ButtonVariant } from './Button.tsx';

export interface FilePickerProps {
  /** The file input's accessible name ("Backup file to restore"). */
  label: string;
  /** The button's words ("Choose a file…"). */
  children: string;
  accept: string;
  disabled?: boolean;
  variant?: ButtonVariant;
  /** The chosen file's name, shown beside the button. */
  chosen?: string;
  onPick(file: File): void;
}

/** Choosing a file: a button in Annals' style in front of the platform's file input. */
export function FilePicker({
  label,
  children,
  accept,
  disabled,
  variant = 'secondary',
  chosen,
  onPick,
}: FilePickerProps) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <span className="file-picker">
      <Button variant={variant} icon={Upload} disabled={disabled} onClick={() => input.current?.click()}>
        {children}
      </Button>
      {chosen && <span className="file-picker-name">{chosen}</span>}
      <input
        ref={input}
        type="file"
        accept={accept}
        aria-label={label}
        hidden
        disabled={disabled}
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = '';
          if (file) onPick(file);
        }}
      />
    </span>
  );
}
