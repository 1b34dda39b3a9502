"""The Today view beside the patient list: due and overdue, seen today, unsigned visits, drafts
waiting; the recall list of the overdue, printed or exported as CSV."""
