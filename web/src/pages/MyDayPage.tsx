import { MyDayList } from '../modules/planned/components/MyDayList';
import { PageHeader } from '../ui/PageHeader';

export function MyDayPage() {
  return (
    <>
      <PageHeader
        title="My day"
        subtitle="Your planned calls, meetings, tasks and emails due today, and any overdue."
      />
      <MyDayList />
    </>
  );
}
