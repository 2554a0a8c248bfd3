import { type CSSProperties, useId } from 'react';

export interface SliderProps {
  label: string;
  min: number;
  max: number;
  step: number;
  value: number;
  /** The value as the reader reads it ("19 px"), shown and announced. */
  shown: string;
  onChange(value: number): void;
}

/** A value along a range (text size, line width): a native range input, drawn with the tokens. */
export function Slider({ label, min, max, step, value, shown, onChange }: SliderProps) {
  const filled = max > min ? ((value - min) / (max - min)) * 100 : 0;
  const id = useId();
  return (
    <div className="slider-field">
      <label className="field-label" htmlFor={id}>
        {label}
      </label>
      <input
        id={id}
        type="range"
        className="slider"
        min={min}
        max={max}
        step={step}
        value={value}
        aria-valuetext={shown}
        style={{ '--filled': `${filled}%` } as CSSProperties}
        onChange={(event) => onChange(Number(event.target.value))}
      />
      <output className="slider-value" htmlFor={id}>
        {shown}
      </output>
    </div>
  );
}
