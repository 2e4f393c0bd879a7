import { initializeApp } from 'firebase/app';

// Firebase web config: identifies the project to Google; restricted by HTTP referrer.
const firebaseConfig = {
  apiKey: 'AIzaPjiVoaTIdAMy1AaE_McMV__2d2Jy0udj-CO',
  authDomain: 'crm_sync-3655.firebaseapp.com',
  projectId: 'crm_sync-3655',
  storageBucket: 'crm_sync-3655.appspot.com',
  messagingSenderId: '149311910717',
  appId: '1:149311910717:web:6e1ce1d679bfbb0a7e81dc',
};

export const app = initializeApp(firebaseConfig);
