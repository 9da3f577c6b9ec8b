/** placeholder */ package org.exovigil.vigilance;
