import { initializeApp } from 'firebase/app';

// Firebase web config: identifies the project to Google; restricted by HTTP referrer.
const firebaseConfig = {
  apiKey: 'AIzafz_YRwnItuWwHoW7rA3wcAYL4Stg2QrzziY',
  authDomain: 'auth_proxy-6522.firebaseapp.com',
  projectId: 'auth_proxy-6522',
  storageBucket: 'auth_proxy-6522.appspot.com',
  messagingSenderId: '836611557810',
  appId: '1:836611557810:web:338e1596979257a0505ea6',
};

export const app = initializeApp(firebaseConfig);
