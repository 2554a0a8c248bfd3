import { defaultSettings, type ReaderSettings } from '../../../electron/contract/model.ts';
import { useServices } from '../state/app-context.tsx';
import { useSettings } from '../state/queries.ts';

const themes: { id: ReaderSettings['theme']; label: string }[] = [
  { id: 'system', label: 'System' },
  { id: 'light', label: 'Light' },
  { id: 'dark', label: 'Dark' },
  { id: 'sepia', label: 'Sepia' },
];

/** Theme, font, size and line width; every change is saved at once and applies everywhere. */
export function AppearanceControls() {
  const { library } = useServices();
  const reader = useSettings().data?.reader ?? defaultSettings.reader;
  const set = (patch: Partial<ReaderSettings>) => void library.setSettings({ reader: patch });
  return (
    <div className="appearance">
      <fieldset className="segmented">
        <legend>Theme</legend>
        {themes.map((theme) => (
          <label key={theme.id} className={reader.theme === theme.id ? 'is-checked' : ''}>
            <input
              type="radio"
              name="theme"
              value={theme.id}
              checked={reader.theme === theme.id}
              onChange={() => set({ theme: theme.id })}
            />
            {theme.label}
          </label>
        ))}
      </fieldset>
      <fieldset className="segmented">
        <legend>Font</legend>
        {(['serif', 'sans'] as const).map((font) => (
          <label key={font} className={reader.font === font ? 'is-checked' : ''}>
            <input
              type="radio"
              name="font"
              value={font}
              checked={reader.font === font}
              onChange={() => set({ font })}
            />
            {font === 'serif' ? 'Serif' : 'Sans-serif'}
          </label>
        ))}
      </fieldset>
      <RangeSetting
        label="Text size"
        min={12}
        max={32}
        step={1}
        value={reader.fontSize}
        shown={`${reader.fontSize}px`}
        onChange={(fontSize) => set({ fontSize })}
      />
      <RangeSetting
        label="Line width"
        min={40}
        max={100}
        step={2}
        value={reader.lineWidth}
        shown={`${reader.lineWidth} characters`}
        onChange={(lineWidth) => set({ lineWidth })}
      />
    </div>
  );
}

interface RangeSettingProps {
  label: string;
  min: number;
  max: number;
  step: number;
  value: number;
  /** The value as the reader reads it ("19px"). */
  shown: string;
  onChange(value: number): void;
}

function RangeSetting({ label, min, max, step, value, shown, onChange }: RangeSettingProps) {
  return (
    <label className="range">
      <span>{label}</span>
      <input
        type="range"
        min={min}
        max={max}
        step={step}
        value={value}
        aria-valuetext={shown}
        onChange={(event) => onChange(Number(event.target.value))}
      />
      <output>{shown}</output>
    </label>
  );
}
