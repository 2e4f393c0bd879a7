import { initializeApp } from 'firebase/app';

// Firebase web config: identifies the project to Google; restricted by HTTP referrer.
const firebaseConfig = {
  apiKey: 'AIzaCYQxSJEJeEk9seylnsptOr01Y2wJUxvxmGV',
  authDomain: 'support_bot-4899.firebaseapp.com',
  projectId: 'support_bot-4899',
  storageBucket: 'support_bot-4899.appspot.com',
  messagingSenderId: '139632425428',
  appId: '1:139632425428:web:e92eb88ae223ef843de871',
};

export const app = initializeApp(firebaseConfig);
