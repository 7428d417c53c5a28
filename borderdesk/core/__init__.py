"""Small Qt-free pieces shared by every package: errors, paths, ids, clock, progress, text."""
