import { createClient } from '@supabase/supabase-js';

// The anon key is public: row-level security decides what it can read.
const supabaseUrl = 'https://szvfdeiiypwjpgcmxxev.supabase.co';
const supabaseAnonKey = 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJzdXBhYmFzZSIsInJlZiI6InN6dmZkZWlpeXB3anBnY214eGV2Iiwicm9sZSI6ImFub24iLCJpYXQiOjE3MDUxMTgzMTAsImV4cCI6MjAyMDQ3ODMxMH0.yEJqaHzNNoC179GT_XFTb61s_j4k-BZBen24OTtwyaB';

export const supabase = createClient(supabaseUrl, supabaseAnonKey);
