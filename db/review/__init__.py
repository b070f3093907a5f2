"""Reviews: a reviewer's corrections kept in their own table (`reviews`) beside the imported
events, never over them (`state`: the values and how the latest state is folded, no SQLite;
`writer`: the one write connection; `merge`: a second reviewer's file; `cli`: the command)."""
