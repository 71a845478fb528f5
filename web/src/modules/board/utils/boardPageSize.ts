/** Cards per column in the board query, and per page as a column scrolls. */
export const boardPageSize = 40;
