import { X } from 'lucide-react';
import { useState } from 'react';
import type { TaskProgress } from '../../../electron/contract/model.ts';
import { formatCount } from '../lib/plural.ts';
import { IconButton } from '../ui/Button.tsx';
import { CountToggle } from '../ui/CountToggle.tsx';
import { Progress } from '../ui/Progress.tsx';

/**
 * Work in progress as one line: the task most worth seeing (the newest failure, which stays until dismissed, else
 * the newest still running), and a count of the others that opens them on demand. Three saves at once would
 * otherwise stack three notes and take a small window's list away (at 800 × 600 it kept ~230 px).
 */
export function StatusTasks({
  tasks,
  words,
  onDismiss,
}: {
  tasks: TaskProgress[];
  words(task: TaskProgress): string;
  onDismiss(taskId: string): void;
}) {
  const [expanded, setExpanded] = useState(false);
  const newestFirst = [...tasks].reverse();
  const shown =
    newestFirst.find((task) => task.state === 'failed') ??
    newestFirst.find((task) => task.state === 'running') ??
    tasks.at(-1);
  if (!shown) return null;
  const others = tasks.filter((task) => task !== shown);
  return (
    <div className={`task task-${shown.state}`}>
      {expanded && others.length > 0 && (
        <ol className="task-others" aria-label="Other tasks">
          {others.map((task) => (
            <li key={task.taskId} className={`task-other task-${task.state}`}>
              {words(task)}
            </li>
          ))}
        </ol>
      )}
      <div className="task-line">
        <span className="task-label">{words(shown)}</span>
        {shown.state === 'running' && (
          <Progress
            label={shown.label}
            {...(shown.total
              ? {
                  value: shown.done,
                  max: shown.total,
                  valueText: `${formatCount(shown.done)} of ${formatCount(shown.total)}`,
                }
              : {})}
          />
        )}
        {others.length > 0 && (
          <CountToggle
            count={others.length}
            expanded={expanded}
            noun={['other task', 'other tasks']}
            onToggle={() => setExpanded((open) => !open)}
          />
        )}
        {shown.state === 'failed' && (
          <IconButton size="sm" label="Dismiss" icon={X} onClick={() => onDismiss(shown.taskId)} />
        )}
      </div>
    </div>
  );
}
