import { createClient } from '@supabase/supabase-js';

// The anon key is public: row-level security decides what it can read.
const supabaseUrl = 'https://absmwfmbbshwngjzykpi.supabase.co';
const supabaseAnonKey = 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJzdXBhYmFzZSIsInJlZiI6ImFic213Zm1iYnNod25nanp5a3BpIiwicm9sZSI6ImFub24iLCJpYXQiOjE3MTYxNTkwMDEsImV4cCI6MjAzMTUxOTAwMX0.bfR36QxyWmsuKD0uNMl_Kt-CN8ONQPLqUJ4des5NQCF';

export const supabase = createClient(supabaseUrl, supabaseAnonKey);
