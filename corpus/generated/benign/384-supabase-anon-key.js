import { createClient } from '@supabase/supabase-js';

// The anon key is public: row-level security decides what it can read.
const supabaseUrl = 'https://esdkrvosslqxhxqkgpul.supabase.co';
const supabaseAnonKey = 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJzdXBhYmFzZSIsInJlZiI6ImVzZGtydm9zc2xxeGh4cWtncHVsIiwicm9sZSI6ImFub24iLCJpYXQiOjE3MjI2ODQ5MjAsImV4cCI6MjAzODA0NDkyMH0.3bka3YfJGHEareUbtHBiMITE5K9A_Fhtp8o1pVaTtKU';

export const supabase = createClient(supabaseUrl, supabaseAnonKey);
