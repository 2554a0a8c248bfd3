import { Monitor, Moon, Sun, Sunset } from 'lucide-react';
import { defaultSettings, type ReaderSettings } from '../../../electron/contract/model.ts';
import { useServices } from '../state/app-context.tsx';
import { useSettings } from '../state/queries.ts';
import { RadioGroup } from '../ui/Radio.tsx';
import { Slider } from '../ui/Slider.tsx';

const themes = [
  { value: 'system', label: 'System', icon: Monitor },
  { value: 'light', label: 'Light', icon: Sun },
  { value: 'dark', label: 'Dark', icon: Moon },
  { value: 'sepia', label: 'Sepia', icon: Sunset },
] as const;

const fonts = [
  { value: 'serif', label: 'Serif' },
  { value: 'sans', label: 'Sans-serif' },
] as const;

/** Theme, font, size and line width; every change is saved at once and applies everywhere. */
export function AppearanceControls() {
  const { library } = useServices();
  const reader = useSettings().data?.reader ?? defaultSettings.reader;
  const set = (patch: Partial<ReaderSettings>) => void library.setSettings({ reader: patch });
  return (
    <div className="appearance">
      <RadioGroup legend="Theme" value={reader.theme} options={themes} onChange={(theme) => set({ theme })} />
      <RadioGroup
        legend="Font"
        value={reader.font}
        options={fonts}
        onChange={(font) => set({ font })}
        className="font-choice"
      />
      <Slider
        label="Text size"
        min={12}
        max={32}
        step={1}
        value={reader.fontSize}
        shown={`${reader.fontSize}px`}
        onChange={(fontSize) => set({ fontSize })}
      />
      <Slider
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
