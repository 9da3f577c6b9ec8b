/** placeholder */ package org.exovigil.watch;
