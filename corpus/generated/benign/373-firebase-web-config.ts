import { initializeApp } from 'firebase/app';

// Firebase web config: identifies the project to Google; restricted by HTTP referrer.
const firebaseConfig = {
  apiKey: 'AIzalpAhhOoP7PJeerOn-q9JD5h_Oy5QoVlVBAD',
  authDomain: 'notifier-1150.firebaseapp.com',
  projectId: 'notifier-1150',
  storageBucket: 'notifier-1150.appspot.com',
  messagingSenderId: '536462526757',
  appId: '1:536462526757:web:4c22cc1968a37c3b855507',
};

export const app = initializeApp(firebaseConfig);
