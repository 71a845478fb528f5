import { ApolloProvider } from '@apollo/client/react';
import { lazy, useState, type ComponentType } from 'react';
import { BrowserRouter, Navigate, Route, Routes } from 'react-router';
import { createApolloClient } from '../lib/createApolloClient';
import { BoardPage } from '../pages/BoardPage';
import { NotFoundPage } from '../pages/NotFoundPage';
import { ToastProvider } from '../ui/ToastProvider';
import { AppLayout } from './AppLayout';

// The board is the landing page; every other route (and recharts with it) loads on first visit.
const named = <K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K) =>
  lazy(() => load().then((module) => ({ default: module[name] })));
const CustomerPage = named(() => import('../pages/CustomerPage'), 'CustomerPage');
const CustomersPage = named(() => import('../pages/CustomersPage'), 'CustomersPage');
const DashboardPage = named(() => import('../pages/DashboardPage'), 'DashboardPage');
const DealPage = named(() => import('../pages/DealPage'), 'DealPage');
const LeadPage = named(() => import('../pages/LeadPage'), 'LeadPage');
const LeadsPage = named(() => import('../pages/LeadsPage'), 'LeadsPage');
const MyDayPage = named(() => import('../pages/MyDayPage'), 'MyDayPage');
const SettingsPage = named(() => import('../pages/SettingsPage'), 'SettingsPage');
const TrashPage = named(() => import('../pages/TrashPage'), 'TrashPage');

export function App() {
  const [client] = useState(() => createApolloClient());
  return (
    <ApolloProvider client={client}>
      <ToastProvider>
        <BrowserRouter>
          <Routes>
            <Route element={<AppLayout />}>
              <Route index element={<Navigate to="/board" replace />} />
              <Route path="board" element={<BoardPage />} />
              <Route path="board/:pipelineId" element={<BoardPage />} />
              <Route path="leads" element={<LeadsPage />} />
              <Route path="leads/:id" element={<LeadPage />} />
              <Route path="deals/:id" element={<DealPage />} />
              <Route path="my-day" element={<MyDayPage />} />
              <Route path="dashboard" element={<DashboardPage />} />
              <Route path="customers" element={<CustomersPage />} />
              <Route path="customers/:id" element={<CustomerPage />} />
              <Route path="settings" element={<SettingsPage />} />
              <Route path="settings/pipelines/:pipelineId" element={<SettingsPage />} />
              <Route path="settings/routing" element={<SettingsPage />} />
              <Route path="settings/automations" element={<SettingsPage />} />
              <Route path="trash" element={<TrashPage />} />
              <Route path="*" element={<NotFoundPage />} />
            </Route>
          </Routes>
        </BrowserRouter>
      </ToastProvider>
    </ApolloProvider>
  );
}
