/**
 * A link the browser saves as a file rather than opens: the download streams to disk, never
 * through the page's memory (ADR 037).
 */
export function DownloadLink({
  href,
  label,
  title,
}: {
  href: string;
  label: string;
  title: string;
}) {
  return (
    <a className="button button--small" href={href} download title={title}>
      {label}
    </a>
  );
}
