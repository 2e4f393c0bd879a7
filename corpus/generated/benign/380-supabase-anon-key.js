import { createClient } from '@supabase/supabase-js';

// The anon key is public: row-level security decides what it can read.
const supabaseUrl = 'https://fujseburxclwoqfxorpv.supabase.co';
const supabaseAnonKey = 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJzdXBhYmFzZSIsInJlZiI6ImZ1anNlYnVyeGNsd29xZnhvcnB2Iiwicm9sZSI6ImFub24iLCJpYXQiOjE2NzY1Nzg5MTUsImV4cCI6MTk5MTkzODkxNX0.l9vk961QHK-weaRHezTIUICWkRRXjQaVuyR6v1vkqYZ';

export const supabase = createClient(supabaseUrl, supabaseAnonKey);
