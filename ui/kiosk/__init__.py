"""The applicant kiosk: a touchscreen for walk-in applicants (information board, finding a
service, what to bring, pre-filling, queue tickets) and the desk's queue section."""
