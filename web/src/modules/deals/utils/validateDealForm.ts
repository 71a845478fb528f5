export type DealFormValues = {
  title: string;
  value: string;
  ownerId: string;
  expectedCloseDate: string;
};

/** Client-side checks before saving; the server validates again and its field errors are shown too. */
export function validateDealForm(values: DealFormValues): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!values.title.trim()) errors.title = 'A deal needs a title.';
  else if (values.title.length > 200) errors.title = 'Keep the title under 200 characters.';
  if (!/^\d+(\.\d{1,2})?$/.test(values.value.trim()))
    errors.value = 'Enter an amount like 12500 or 12500.50.';
  if (values.expectedCloseDate && !/^\d{4}-\d{2}-\d{2}$/.test(values.expectedCloseDate))
    errors.expectedCloseDate = 'Use a date like 2026-12-31.';
  return errors;
}
