import { createClient } from '@supabase/supabase-js';

// The anon key is public: row-level security decides what it can read.
const supabaseUrl = 'https://kphqlsfqxblcyzoulqbb.supabase.co';
const supabaseAnonKey = 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJzdXBhYmFzZSIsInJlZiI6ImtwaHFsc2ZxeGJsY3l6b3VscWJiIiwicm9sZSI6ImFub24iLCJpYXQiOjE3NDczMjA3ODMsImV4cCI6MjA2MjY4MDc4M30.Z56RIJrS9gdN-i8fb8gf0qT58fY_cJQYI_2zTnxcY-K';

export const supabase = createClient(supabaseUrl, supabaseAnonKey);
