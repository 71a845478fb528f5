import { useEffect, type ReactNode } from 'react';

/**
 * The page's heading (h1) and the browser tab's title: `documentTitle`, or the heading when it is
 * text. The heading takes focus after a route change (AppLayout), so it is focusable from script.
 */
export function PageHeader({
  title,
  documentTitle,
  subtitle,
  actions,
}: {
  title: ReactNode;
  documentTitle?: string;
  subtitle?: ReactNode;
  actions?: ReactNode;
}) {
  const tabTitle = documentTitle ?? (typeof title === 'string' ? title : undefined);
  useEffect(() => {
    if (tabTitle) document.title = `${tabTitle} · Pipeline`;
  }, [tabTitle]);
  return (
    <header className="page-header">
      <div>
        <h1 className="page-header__title" tabIndex={-1}>
          {title}
        </h1>
        {subtitle && <p className="page-header__subtitle">{subtitle}</p>}
      </div>
      {actions && <div className="page-header__actions">{actions}</div>}
    </header>
  );
}
