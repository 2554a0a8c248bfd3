import { useInfo } from '../state/queries.ts';
import { Dialog, DialogHeader } from '../ui/Dialog.tsx';
import { ThirdPartyNotices } from './ThirdPartyNotices.tsx';

export function AboutDialog() {
  const info = useInfo().data;
  return (
    <Dialog title="About Annals">
      <DialogHeader title="About Annals" />
      <p>An offline-first newsreader that keeps your library on your own disk.</p>
      <dl className="facts">
        <dt>Version</dt>
        <dd>{info?.version ?? '…'}</dd>
        <dt>Library</dt>
        <dd>
          <code>{info?.libraryPath ?? '…'}</code>
        </dd>
        <dt>Articles</dt>
        <dd>{info?.articleCount ?? '…'}</dd>
      </dl>
      <ThirdPartyNotices />
    </Dialog>
  );
}
