import { Suspense } from 'react';
import { NavLink, Outlet } from 'react-router';
import { SearchTrigger } from '../modules/search/components/SearchTrigger';
import { LoadingState } from '../ui/LoadingState';
import { useFocusHeadingOnNavigate } from './useFocusHeadingOnNavigate';

const NAV = [
  { to: '/board', label: 'Deals', icon: '▦' },
  { to: '/leads', label: 'Leads', icon: '☰' },
  { to: '/my-day', label: 'My day', icon: '☀' },
  { to: '/dashboard', label: 'Dashboard', icon: '◔' },
  { to: '/customers', label: 'Customers', icon: '◎' },
  { to: '/settings', label: 'Settings', icon: '⚙' },
];

export function AppLayout() {
  useFocusHeadingOnNavigate();
  return (
    <div className="app">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <aside className="sidebar">
        <div className="sidebar__brand">
          <span className="sidebar__logo" aria-hidden="true" />
          Pipeline
        </div>
        <SearchTrigger />
        <nav aria-label="Main">
          <ul className="sidebar__nav">
            {NAV.map((item) => (
              <li key={item.to}>
                <NavLink
                  to={item.to}
                  className={({ isActive }) =>
                    `sidebar__link ${isActive ? 'sidebar__link--active' : ''}`
                  }
                >
                  <span className="sidebar__icon" aria-hidden="true">
                    {item.icon}
                  </span>
                  {item.label}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
      </aside>
      <main id="main" className="main" tabIndex={-1}>
        <Suspense fallback={<LoadingState />}>
          <Outlet />
        </Suspense>
      </main>
    </div>
  );
}
