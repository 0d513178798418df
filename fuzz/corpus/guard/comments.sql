SELECT /* ; DELETE FROM sales; */ 1 -- ; DROP TABLE x
/* nested /* comment */ */