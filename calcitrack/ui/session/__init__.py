"""Who is at the keyboard: signing in, the first administrator, passwords, the lock."""
