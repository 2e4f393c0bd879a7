import { createClient } from '@supabase/supabase-js';

// The anon key is public: row-level security decides what it can read.
const supabaseUrl = 'https://hfjzaalbsqhyfymwahhw.supabase.co';
const supabaseAnonKey = 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJzdXBhYmFzZSIsInJlZiI6ImhmanphYWxic3FoeWZ5bXdhaGh3Iiwicm9sZSI6ImFub24iLCJpYXQiOjE3MzA1MTA5NjksImV4cCI6MjA0NTg3MDk2OX0.Pb0wQ1TZGddnlJZ7_enEAE9kg5lz4eKZ4w9cymvjRBr';

export const supabase = createClient(supabaseUrl, supabaseAnonKey);
