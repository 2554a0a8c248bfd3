/**
 * In the reader, in place of the text of an article whose files are still coming from another computer:
 * nothing is wrong with it, and it shows itself once the sync tool has brought the rest.
 */
export function ArrivingNotice() {
  return (
    <div className="banner arriving-notice" role="status">
      <p>Still arriving from another computer.</p>
      <p className="muted">
        Your sync tool has brought part of this article so far. Its text appears here by itself once the rest has
        arrived; nothing needs to be done.
      </p>
    </div>
  );
}
